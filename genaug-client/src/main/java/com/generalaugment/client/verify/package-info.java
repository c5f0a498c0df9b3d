/**
 * The platform's verify report ({@code admin.project(ref).verify(...)}): the checks of the CLI's
 * {@code genaug verify}, their parameters and the typed view of the report, whose JSON is the CLI's.
 */
@NullMarked
package com.generalaugment.client.verify;

import org.jspecify.annotations.NullMarked;
