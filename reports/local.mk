## reports: charts, reflection reports and CSV exports
libheed_a_SOURCES += reports/export.c reports/export.h
libheed_a_SOURCES += reports/export_review.c
libheed_a_SOURCES += reports/stats.c reports/stats.h \
	reports/suppress.c reports/suppress.h \
	reports/themeinfo.c reports/themeinfo.h \
	reports/report.c reports/report.h \
	reports/report_finish.c reports/report_finish.h \
	reports/report_summary.c reports/report_int.h \
	reports/chart.c reports/chart.h \
	reports/figure.c reports/figure.h \
	reports/writer.c reports/writer.h \
	reports/render.c reports/render.h reports/render_json.c
