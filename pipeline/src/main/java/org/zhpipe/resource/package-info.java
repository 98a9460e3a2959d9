/**
 * Reading the data files a spec names with bounds ({@link org.zhpipe.resource.DataFiles}): a device or folder is
 * refused at once and a file is read only up to a size limit. The home of the resource policy and data-file
 * references to come (bundled names, paths, allowed roots).
 */
@NullMarked
package org.zhpipe.resource;

import org.jspecify.annotations.NullMarked;
