/**
 * What the client reports about its calls to a {@link com.generalaugment.client.observation.CallListener}.
 */
@NullMarked
package com.generalaugment.client.observation;

import org.jspecify.annotations.NullMarked;
