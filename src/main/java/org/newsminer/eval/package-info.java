/**
 * Scoring of extraction and checks against gold annotations (precision, recall, F1 per type; check
 * recall and false alarms).
 */
package org.newsminer.eval;
