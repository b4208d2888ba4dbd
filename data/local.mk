dist_pkgdata_DATA += data/default.codebook data/sentiment.lexicon
