package org.claimtracker.importing;

import java.nio.file.Path;

/** A file to import: where it lies, and the name it was given (an upload's own name). */
public record ImportFile(String name, Path path) {

}
