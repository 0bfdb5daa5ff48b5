/**
 * Charts of a client's progress, drawn with Eclipse SWTChart: each instrument's totals over time with its severity
 * bands, critical items, meaningful change and remission ({@link org.casenotes.ui.charts.MeasureChart}), the status
 * of the plan's goals and objectives across its versions ({@link org.casenotes.ui.charts.GoalStatusChart}), and both
 * rendered off-screen to PNG for the records-request PDF ({@link org.casenotes.ui.charts.ChartImages}). What the
 * charts show is computed headless in {@code org.casenotes.core} ({@code MeasureTrend}, {@code GoalStatusHistory}).
 */
package org.casenotes.ui.charts;
