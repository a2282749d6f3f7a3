/**
 * PROGRAM: named programs, campaigns, strategies, documents and policy formulas
 * ({@link org.newsminer.entity.program.ProgramRecognizer}, a pipeline of one class per mechanism), with
 * the lexicon of well-known ones ({@code models/programs.tsv}) and the rules' word lists
 * ({@code models/rules/program/}).
 */
package org.newsminer.entity.program;
