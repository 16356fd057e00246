package org.claimtracker.extraction;

/**
 * Words between quotation marks: the opening mark at {@code open}, the words in
 * {@code [contentStart, contentEnd)}, the closing mark ending at {@code closeEnd}. A
 * quotation that runs over several paragraphs holds the marks that reopen each of them.
 */
record Quoted(int open, int contentStart, int contentEnd, int closeEnd) {

}
