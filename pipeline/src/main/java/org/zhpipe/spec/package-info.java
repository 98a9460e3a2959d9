/**
 * The JSON contract: a {@link org.zhpipe.spec.Spec} is a flat list of typed stage records, read from JSON or the
 * inline {@code -p} form, validated in one place per type ({@link org.zhpipe.spec.ParamBinder}), reported with the
 * line, column and JSON path of a mistake ({@link org.zhpipe.spec.SpecException}), and built into a
 * {@link org.zhpipe.stage.Pipeline} through the {@link org.zhpipe.spec.StageRegistry}. The stage types themselves
 * (their parameter records and factories) are declared beside their runtime classes with
 * {@link org.zhpipe.stage.type.StageType}. Runtime stages never depend on this package; it depends on all of them.
 * {@link org.zhpipe.spec.FittedSpec} saves a fitted pipeline.
 */
@NullMarked
package org.zhpipe.spec;

import org.jspecify.annotations.NullMarked;
