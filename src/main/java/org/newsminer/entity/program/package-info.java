/**
 * PROGRAM: named programs, campaigns, strategies, documents and policy formulas
 * ({@link org.newsminer.entity.program.ProgramRecognizer}), with the lexicon of well-known ones
 * ({@code models/programs.tsv}).
 */
package org.newsminer.entity.program;
