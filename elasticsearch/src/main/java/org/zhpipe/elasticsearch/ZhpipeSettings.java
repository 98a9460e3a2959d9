package org.zhpipe.elasticsearch;

import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.IntSetting;
import org.elasticsearch.plugin.settings.StringSetting;

/**
 * The settings of a {@code zhpipe} tokenizer, char filter or analyzer in an index's analysis settings. Elasticsearch
 * implements this interface (a proxy over the component's settings) and passes it to the component's {@code @Inject}
 * constructor.
 *
 * <pre>{@code
 * "tokenizer": {"zh": {"type": "zhpipe", "spec": "convert:t2s,segment:mode=search", "max_chars": 1000000}}
 * }</pre>
 */
@AnalysisSettings
public interface ZhpipeSettings {
    /** The default of {@link #maxChars()}: 8 MiB of chars, the lucene module's default. */
    int DEFAULT_MAX_CHARS = 8 << 20;

    /** An inline ({@code convert:t2s,segment}) or JSON spec; empty when not given. */
    @StringSetting(path = "spec", defaultValue = "")
    String spec();

    /** A JSON spec file under the plugin's configuration folder, relative to it; empty when not given. */
    @StringSetting(path = "spec_file", defaultValue = "")
    String specFile();

    /** The longest field value analyzed, in chars; a longer one fails. */
    @IntSetting(path = "max_chars", defaultValue = DEFAULT_MAX_CHARS)
    int maxChars();
}
