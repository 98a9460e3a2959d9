/**
 * zhpipe as an Elasticsearch stable analysis plugin: the tokenizer, char filter and analyzer named {@code zhpipe},
 * made by Elasticsearch through its stable plugin API ({@code @NamedComponent} classes listed in the plugin's
 * {@code named_components.json}, settings read through {@link org.zhpipe.elasticsearch.ZhpipeSettings}).
 *
 * <p>An adapter only: each component builds its pipeline with {@link org.zhpipe.lucene.ConfinedSpecs}, every data
 * file confined to the plugin's configuration folder ({@link org.zhpipe.elasticsearch.ConfigFolder}), and hands it
 * to the lucene module's {@code ZhpipeTokenizer}, {@code ZhpipeCharFilter} or {@code ZhpipeAnalyzer}.
 */
@NullMarked
package org.zhpipe.elasticsearch;

import org.jspecify.annotations.NullMarked;
