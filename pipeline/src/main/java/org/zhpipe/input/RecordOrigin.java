package org.zhpipe.input;

import java.nio.charset.Charset;

/**
 * Where records come from: one input, with the format and encoding it is read with. Made by {@link OpenInput} (or by
 * a batch run for an input it could not open), shared by the records of that input.
 *
 * @param name    the input's name in messages: its path, or {@code <stdin>}
 * @param format  {@link InputFormat#LINES} or {@link InputFormat#JSONL}, never {@code AUTO}
 * @param charset the charset each line is decoded with
 */
public record RecordOrigin(String name, InputFormat format, Charset charset) {
}
