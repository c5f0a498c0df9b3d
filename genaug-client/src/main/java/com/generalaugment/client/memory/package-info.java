/**
 * Per-user memory: {@link com.generalaugment.client.memory.MemoryService}, its parameters and replies.
 */
@NullMarked
package com.generalaugment.client.memory;

import org.jspecify.annotations.NullMarked;
