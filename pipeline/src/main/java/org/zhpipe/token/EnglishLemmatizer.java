package org.zhpipe.token;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import opennlp.tools.lemmatizer.DefaultLemmatizerContextGenerator;
import opennlp.tools.lemmatizer.DefaultLemmatizerSequenceValidator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import org.jspecify.annotations.Nullable;
import org.zhpipe.text.TokenType;
import org.zhpipe.text.Tokens;

/**
 * English lemmas with Apache OpenNLP: the English words of a document are tagged with parts of speech in context
 * ({@code is walking} → {@code AUX VERB}), then each word is lemmatized from its form and tag
 * ({@code walking/VERB} → {@code walk}, {@code ate/VERB} → {@code eat}, {@code children/NOUN} → {@code child}).
 * Lemmas are lowercase, as in the treebank the models were trained on ({@code My} → {@code my}).
 *
 * <p><b>What is English.</b> A {@link TokenType#WORD} token of Latin letters, possibly with digits, hyphens and
 * apostrophes ({@code walking}, {@code e-mail}, {@code GPT-4}, {@code don't}), with at least one Latin letter. The
 * tagger sees runs of such words together with the numbers and punctuation between them; a token of any other kind
 * (a Chinese word, a symbol, a URL) ends a run, so mixed text is tagged one English phrase at a time.
 *
 * <p><b>A lemma is a function of (word, tag).</b> OpenNLP's lemmatizer ({@link LemmatizerME}) classifies each word
 * into an edit script from the word, its tag and the class it chose for the previous word, and decodes whole
 * sentences with a beam search. Here every word is classified on its own with the previous class fixed to "keep the
 * form" ({@code O}, by far the most common), so its lemma depends on the word as written and its tag only. On 132,828
 * tokens of English prose (Python documentation) this differs from {@link LemmatizerME} on whole sentences for 64
 * tokens (0.05 %), mostly where the sentence decoder itself gives the same word and tag different lemmas in different
 * places; it is the same as {@link LemmatizerME} on the pair {@code the/DET word/tag} for all of them, and 4× faster.
 * In exchange the lemmas can be cached exactly: output never depends on what was cached or by which thread, so one
 * thread and eight give the same result. The cache holds up to {@code cacheSize} (word, tag) pairs and then stops
 * growing (frequent words come early in any text); the key is the word as written because case matters to the model
 * ({@code US/PROPN} → {@code us}, but {@code us/PROPN} → {@code we}).
 *
 * <p><b>Guards.</b> A word of one letter stays as it is, lowercased: the models were trained on web text where
 * {@code u} is "you" and {@code n} is "and", and map {@code e} to {@code email}. A lemma the model cannot spell
 * ({@code _}) or that splits a contraction written as one token ({@code its} → {@code it+be}) is replaced by the
 * lowercased word.
 *
 * <p><b>Thread safety.</b> Thread-safe. OpenNLP's {@link POSTaggerME} and its beam searches are not, so each call
 * borrows a tagger and lemmatizer pair from a pool of idle pairs and returns it afterwards; a new pair (cheap: the
 * models are shared) is made only when all are busy, so the pool never holds more pairs than there were concurrent
 * calls. Unlike a {@code ThreadLocal}, nothing stays attached to the threads of a long-lived thread pool when the
 * pipeline is dropped.
 */
public final class EnglishLemmatizer {
    /** How many (word, tag) lemmas the cache holds by default: about 10 MB. */
    public static final int DEFAULT_CACHE_SIZE = 100_000;

    /** The previous word's lemma class every word is classified after: "the form stays". */
    private static final @Nullable String[] PREVIOUS_KEPT = {"O", null};
    private static final DefaultLemmatizerSequenceValidator VALID = new DefaultLemmatizerSequenceValidator();

    private final EnglishModels models;
    private final ConcurrentLinkedQueue<Tools> idle = new ConcurrentLinkedQueue<>();
    /** Null when the cache size is 0. */
    private final @Nullable ConcurrentHashMap<Key, String> cache;
    private final int cacheSize;

    /** A lemmatizer with a cache of {@link #DEFAULT_CACHE_SIZE} lemmas. */
    public EnglishLemmatizer(EnglishModels models) {
        this(models, DEFAULT_CACHE_SIZE);
    }

    /** A lemmatizer with a cache of up to {@code cacheSize} lemmas; 0 caches nothing. */
    public EnglishLemmatizer(EnglishModels models, int cacheSize) {
        this.models = Objects.requireNonNull(models, "models");
        if (cacheSize < 0) {
            throw new IllegalArgumentException("cacheSize < 0: " + cacheSize);
        }
        this.cacheSize = cacheSize;
        this.cache = cacheSize == 0 ? null : new ConcurrentHashMap<>(Math.min(cacheSize, 4096));
    }

    /** Whether a token is an English word for this lemmatizer (see the class comment). */
    public static boolean isEnglishWord(String term, TokenType type) {
        if (type != TokenType.WORD) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < term.length(); ) {
            int c = term.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                if (Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                    return false;
                }
                letter = true;
            } else if (!(c >= '0' && c <= '9') && c != '-' && c != '\'' && c != '\u2019') {
                return false;
            }
        }
        return letter;
    }

    /**
     * The lemmas of the English words among {@code tokens}, aligned with them: {@code null} for every token that is not
     * an English word.
     */
    public @Nullable String[] lemmas(Tokens tokens) {
        int n = tokens.size();
        @Nullable String[] lemmas = null;
        Tools tools = null;
        try {
            int i = 0;
            while (i < n) {
                if (!inRun(tokens, i)) {
                    i++;
                    continue;
                }
                int end = i;
                boolean words = false;
                while (end < n && inRun(tokens, end)) {
                    words |= isEnglishWord(tokens.term(end), tokens.type(end));
                    end++;
                }
                if (words) {
                    if (tools == null) {
                        tools = borrow();
                        lemmas = new String[n];
                    }
                    lemmatizeRun(tokens, i, end, tools, lemmas);
                }
                i = end;
            }
        } finally {
            if (tools != null) {
                idle.offer(tools);
            }
        }
        return lemmas == null ? new String[n] : lemmas;
    }

    /** The lemma of {@code word} with the UD part-of-speech tag {@code tag} ({@code NOUN}, {@code VERB}, ...). */
    public String lemma(String word, String tag) {
        Tools tools = borrow();
        try {
            return lemma(word, tag, tools);
        } finally {
            idle.offer(tools);
        }
    }

    /** How many lemmas are cached now. */
    public int cachedLemmas() {
        return cache == null ? 0 : cache.size();
    }

    private static boolean inRun(Tokens tokens, int i) {
        TokenType type = tokens.type(i);
        return type == TokenType.NUMBER || type == TokenType.PUNCTUATION || isEnglishWord(tokens.term(i), type);
    }

    private void lemmatizeRun(Tokens tokens, int from, int to, Tools tools, @Nullable String[] lemmas) {
        String[] words = new String[to - from];
        for (int i = from; i < to; i++) {
            words[i - from] = tokens.term(i);
        }
        String[] tags = tools.tagger.tag(words);
        for (int i = from; i < to; i++) {
            if (isEnglishWord(tokens.term(i), tokens.type(i))) {
                lemmas[i] = lemma(words[i - from], tags[i - from], tools);
            }
        }
    }

    private String lemma(String word, String tag, Tools tools) {
        if (word.codePointCount(0, word.length()) == 1) {
            return word.toLowerCase(Locale.ROOT);
        }
        Key key = cache == null ? null : new Key(word, tag);
        if (key != null) {
            String cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        // the context OpenNLP's lemmatizer sees at position 1 of "the/DET word/tag" when "the" kept its form
        String[] words = {"the", word};
        String[] tags = {"DET", tag};
        BeamSearchContextGenerator<String> context =
                (index, sequence, prior, extra) -> tools.contexts.getContext(1, words, tags, PREVIOUS_KEPT);
        Sequence best = tools.lemmatizer.bestSequence(new String[] {word}, null, context, VALID);
        String script = best == null || best.getOutcomes().isEmpty() ? "O" : best.getOutcomes().get(0);
        String lemma = clean(word, LemmatizerME.decodeLemmas(new String[] {word}, new String[] {script})[0]);
        if (key != null && cache.size() < cacheSize) {
            cache.putIfAbsent(key, lemma);
        }
        return lemma;
    }

    private static String clean(String word, @Nullable String lemma) {
        if (lemma == null || lemma.isEmpty() || lemma.equals("_")
                || (lemma.indexOf('+') >= 0 && word.indexOf('+') < 0)) {
            return word.toLowerCase(Locale.ROOT);
        }
        return lemma.toLowerCase(Locale.ROOT);
    }

    private Tools borrow() {
        Tools tools = idle.poll();
        return tools != null ? tools : new Tools(new POSTaggerME(models.pos(), POSTagFormat.UD),
                models.lemmatizer().getLemmatizerSequenceModel(), new DefaultLemmatizerContextGenerator());
    }

    /** One tagger and lemmatizer (a beam search of its own over the shared model): one thread at a time. */
    private record Tools(POSTaggerME tagger, SequenceClassificationModel lemmatizer,
                         DefaultLemmatizerContextGenerator contexts) {
    }

    private record Key(String word, String tag) {
    }
}
