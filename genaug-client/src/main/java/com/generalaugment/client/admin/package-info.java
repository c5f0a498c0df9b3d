/**
 * The admin services ({@code admin.projects()}, {@code admin.project(id)…}), their parameters and the
 * typed views of their replies.
 */
@NullMarked
package com.generalaugment.client.admin;

import org.jspecify.annotations.NullMarked;
