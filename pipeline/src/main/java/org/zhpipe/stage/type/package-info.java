/**
 * How a stage type is declared, the API the file of each stage type uses: {@link org.zhpipe.stage.type.StageType}
 * (its snake_case name, kind, description, parameter record with defaults, primary parameter and factory),
 * {@link org.zhpipe.stage.type.Doc} for parameter documentation, {@link org.zhpipe.stage.type.BuildContext} for a
 * factory's data files, and {@link org.zhpipe.stage.type.InvalidParameterException} for a parameter's value that is
 * wrong. It lies below the runtime packages (it uses only {@code stage} and {@code resource}), so a stage's
 * parameters, registration and runtime class live together in the stage's package without that package knowing JSON:
 * the spec layer ({@code org.zhpipe.spec}) binds JSON to the parameter records and lists the types in its registry.
 */
@NullMarked
package org.zhpipe.stage.type;

import org.jspecify.annotations.NullMarked;
