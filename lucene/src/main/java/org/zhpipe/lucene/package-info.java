/**
 * zhpipe in Apache Lucene 9: {@link org.zhpipe.lucene.ZhpipeAnalyzer} (a spec's whole pipeline as an analyzer),
 * {@link org.zhpipe.lucene.ZhpipeTokenizer} (the pipeline's tokens, with offsets into the field value through
 * {@code correctOffset}, positions, types and part-of-speech tags) and {@link org.zhpipe.lucene.ZhpipeCharFilter} (a
 * spec's text stages in front of any Lucene tokenizer), with their analysis-SPI factories
 * {@link org.zhpipe.lucene.ZhpipeTokenizerFactory} ({@code zhpipe}) and
 * {@link org.zhpipe.lucene.ZhpipeCharFilterFactory} ({@code zhpipe}) for Solr schemas.
 *
 * <p>An adapter only: each class builds (or is given) a {@code Pipeline} and maps its results onto Lucene's types.
 * A pipeline is immutable and shared by every token stream of an analyzer; a token stream belongs to one thread at a
 * time, as Lucene's reuse strategies guarantee.
 */
@NullMarked
package org.zhpipe.lucene;

import org.jspecify.annotations.NullMarked;
