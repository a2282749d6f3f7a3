/**
 * Stage 4, check: finds the arithmetic an article states (parts and a total, a rate and its part and
 * whole, shares of one whole, a count times a per-unit amount) and says whether it holds, within the
 * rounding the text itself uses.
 */
package org.newsminer.check;
