/**
 * JSON helpers shared by the client's typed views. Internal: not part of the public API.
 */
@NullMarked
package com.generalaugment.client.internal.json;

import org.jspecify.annotations.NullMarked;
