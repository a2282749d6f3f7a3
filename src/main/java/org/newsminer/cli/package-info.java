/**
 * The command line ({@code newsminer extract|check|index|search|eval|bench}) on top of the pipeline:
 * input walking and decoding, output formats, benchmarks. Nothing here is API.
 */
package org.newsminer.cli;
