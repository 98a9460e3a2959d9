package org.zhpipe.feature;

/**
 * Orders strings by code point, as Python compares {@code str} (and so as scikit-learn sorts its vocabulary).
 * {@link String#compareTo} compares UTF-16 units instead, which puts supplementary characters (𠀀, emoji) before
 * U+E000–U+FFFF (full-width forms, compatibility ideographs).
 */
final class CodePointOrder {
    private CodePointOrder() {
    }

    static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) != Character.isSurrogate(y)) {
                    // a surrogate starts a supplementary code point, which is above every BMP character
                    return Character.isSurrogate(x) ? 1 : -1;
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }
}
