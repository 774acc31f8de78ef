package dev.rinse.filterlists;

import dev.rinse.rules.Pack;

/** A filter list read as a pack, with what reading it left out. */
public record ListPack(Pack pack, ListReport report) {}
