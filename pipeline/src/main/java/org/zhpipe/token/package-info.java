/**
 * Token stages: they run after the segmenter, drop or rewrite tokens, and never move the offsets of the tokens that
 * stay. {@link org.zhpipe.token.StopwordFilter} ({@code stopwords}) drops the terms of a
 * {@link org.zhpipe.token.StopwordList} (bundled lists on the class path under {@code org/zhpipe/token/stopwords/},
 * users' files read by {@link org.zhpipe.token.TermListReader}); {@link org.zhpipe.token.TokenFilter}
 * ({@code token_filter}) drops tokens by type, length, tag or regular expression and masks numbers, URLs and e-mail
 * addresses with placeholders. Each stage type is declared in the class named after it: {@code stopwords} in
 * {@link org.zhpipe.token.StopwordsStage}, {@code token_filter} in {@link org.zhpipe.token.TokenFilterStage},
 * {@code lemmatize} in {@link org.zhpipe.token.LemmatizeStage}.
 */
@NullMarked
package org.zhpipe.token;

import org.jspecify.annotations.NullMarked;
