package org.zhpipe.stage;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The signals the {@link DocumentStage}s of a pipeline measured of one document, in pipeline order. A signal a stage
 * did not reach (it stands after the stage that dropped the document) is absent. Immutable once made.
 */
public final class Signals {
    /** No signals: the pipeline has no document stage. */
    public static final Signals NONE = new Signals(new String[0], new double[0], 0);

    private final String[] names;
    private final double[] values;
    private final int size;

    /** Names shared by every document of a pipeline; {@code values} is owned by this object from now on. */
    Signals(String[] names, double[] values, int size) {
        this.names = names;
        this.values = values;
        this.size = size;
    }

    /** The number of signals measured. */
    public int size() {
        return size;
    }

    /** Whether there are none. */
    public boolean isEmpty() {
        return size == 0;
    }

    /** The name of signal {@code i}. */
    public String name(int i) {
        Objects.checkIndex(i, size);
        return names[i];
    }

    /** The value of signal {@code i}. */
    public double value(int i) {
        Objects.checkIndex(i, size);
        return values[i];
    }

    /** The value of the signal named {@code name}, or NaN when it was not measured. */
    public double value(String name) {
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return values[i];
            }
        }
        return Double.NaN;
    }

    /** The signals as an ordered map. */
    public Map<String, Double> asMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            map.put(names[i], values[i]);
        }
        return map;
    }

    /** The names measured, in order. */
    public List<String> names() {
        return List.of(Arrays.copyOf(names, size));
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Signals s && s.size == size && Arrays.equals(names, 0, size, s.names, 0, size)
                && Arrays.equals(values, 0, size, s.values, 0, size);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(Arrays.copyOf(names, size)) + Arrays.hashCode(Arrays.copyOf(values, size));
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
