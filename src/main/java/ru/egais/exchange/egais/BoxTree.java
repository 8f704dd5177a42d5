package ru.egais.exchange.egais;

import java.util.List;

/**
 * The packing of a waybill position as EGAIS sends it under {@code boxInfo/boxtree}: a box (or pallet) by its
 * {@code boxnum} and what it holds, either boxes listed by number ({@code boxnum}) or nested trees ({@code bl}).
 * A box listed only by number has no contents.
 */
public record BoxTree(String number, List<BoxTree> contents) {
}
