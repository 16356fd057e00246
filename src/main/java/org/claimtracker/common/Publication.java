package org.claimtracker.common;

/** Whether readers may see a row: editors' work stays a draft until it is published. */
public enum Publication {

	DRAFT, PUBLISHED

}
