package org.claimtracker.importing;

import java.nio.file.Path;

/** One file of an import run, as it is read: where it lies and what it was called. */
record ImportFileRow(int position, String name, Path path, ImportFormat format) {

}
