dist_man_MANS += doc/heed.1
EXTRA_DIST += doc/codebook-spec.md
