/**
 * The verify run behind {@code ProjectScope.verify}. Internal: not part of the public API.
 */
@NullMarked
package com.generalaugment.client.internal.verify;

import org.jspecify.annotations.NullMarked;
