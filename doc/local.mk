dist_man_MANS += doc/heed.1 doc/heed-codebook.5
EXTRA_DIST += doc/codebook-spec.md
