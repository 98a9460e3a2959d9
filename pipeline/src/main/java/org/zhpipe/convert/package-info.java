/**
 * Chinese script conversion with OpenCC's configurations and dictionaries, reproducing OpenCC 1.4.1 exactly:
 * {@link org.zhpipe.convert.OpenccConverter} (load with {@code bundled("s2t")} or {@code fromFile(path)}),
 * {@link org.zhpipe.convert.OpenccLoader} to share dictionaries between converters, and the {@code convert} text
 * stage {@link org.zhpipe.convert.ConvertStage}. The bundled data (OpenCC's configurations and text dictionaries,
 * Apache-2.0) lives on the class path under {@code org/zhpipe/convert/opencc/};
 * {@code GenerateDictionaries} (a build-time tool in the tests) regenerates the dictionaries OpenCC builds at build time.
 */
@NullMarked
package org.zhpipe.convert;

import org.jspecify.annotations.NullMarked;
