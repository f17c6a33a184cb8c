package vn.cascade.domain;

import java.util.List;

/**
 * A unit known across documents: one organ of one committee, however each document writes it.
 *
 * @param name       canonical name: the organ, its committee's level word and, when known, the place
 *                   ("Ban Tổ chức Tỉnh ủy Lai Châu")
 * @param organ      the organ without its level ("Ban Tổ chức")
 * @param committee  the committee it belongs to ("Tỉnh ủy Lai Châu"), or null for a committee itself
 * @param variants   every spelling seen, most frequent first
 * @param documents  labels of the documents that name it
 */
public record Unit(String name, String organ, String committee, List<String> variants, List<String> documents) {
}
