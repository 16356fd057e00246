package org.claimtracker.history;

import org.claimtracker.common.CurrentEditor;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the editor who made it. */
public class RevisionAuthorListener implements RevisionListener {

	@Override
	public void newRevision(Object revision) {
		((Revision) revision).setUsername(CurrentEditor.name());
	}

}
