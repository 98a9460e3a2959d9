/**
 * Language identification: the {@code lang} stage ({@link org.zhpipe.lang.LangStage}), a
 * {@link org.zhpipe.stage.DocumentStage} that scores each document's language with Apache OpenNLP's language detector
 * ({@link org.zhpipe.lang.LanguageModel}) and keeps documents by language and minimum score.
 */
@NullMarked
package org.zhpipe.lang;

import org.jspecify.annotations.NullMarked;
