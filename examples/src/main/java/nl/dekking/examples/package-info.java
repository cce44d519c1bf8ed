/**
 * Runnable programs on top of the Dekking library: the gap-report command line ({@link
 * nl.dekking.examples.DekkingCommand}, packaged as {@code examples/target/dekking.jar}), the embedding example from
 * the README ({@link nl.dekking.examples.EmbeddingExample}) and the bundled sample dataset ({@link
 * nl.dekking.examples.SampleData}): the real addresses of Otterlo and Wekerom with invented sample groups.
 */
package nl.dekking.examples;
