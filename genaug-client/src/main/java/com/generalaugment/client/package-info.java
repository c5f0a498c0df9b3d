/**
 * The General Augment Java client: {@link com.generalaugment.client.GeneralAugmentClient} for app traffic
 * (responses, memory) and {@link com.generalaugment.client.AdminClient} for setup and operations, with
 * per-call {@link com.generalaugment.client.RequestOptions}.
 */
@NullMarked
package com.generalaugment.client;

import org.jspecify.annotations.NullMarked;
