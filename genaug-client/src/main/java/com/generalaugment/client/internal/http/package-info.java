/**
 * The transport: sending, deadlines, retries and reply limits. Internal: not part of the public API.
 */
@NullMarked
package com.generalaugment.client.internal.http;

import org.jspecify.annotations.NullMarked;
