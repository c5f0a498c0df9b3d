/**
 * Helpers the client's packages share. Internal: not part of the public API.
 */
@NullMarked
package com.generalaugment.client.internal;

import org.jspecify.annotations.NullMarked;
