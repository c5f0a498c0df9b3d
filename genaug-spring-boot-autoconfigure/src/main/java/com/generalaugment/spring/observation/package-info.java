/**
 * Micrometer observations of the General Augment clients' calls, and their token-usage meters.
 */
@NullMarked
package com.generalaugment.spring.observation;

import org.jspecify.annotations.NullMarked;
