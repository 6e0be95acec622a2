package cn.xinfang.petition.web.appraisal;

import cn.xinfang.petition.appraisal.entity.EmptyPolicy;
import cn.xinfang.petition.appraisal.entity.ItemForm;
import cn.xinfang.petition.appraisal.entity.ItemKind;
import cn.xinfang.petition.appraisal.entity.SamplePolicy;
import cn.xinfang.petition.appraisal.entity.Scoring;

import java.io.Serializable;
import java.math.BigDecimal;

/** One editable row of the scheme editor; becomes an {@link ItemForm} when saved. */
public class ItemRow implements Serializable {

    private String code;
    private String title;
    private ItemKind kind = ItemKind.INDICATOR;
    private String indicator;
    private Scoring scoring = Scoring.RATE_TIMES_POINTS;
    private BigDecimal points = BigDecimal.ZERO;
    private BigDecimal floorPct;
    private BigDecimal fullPct;
    private BigDecimal thresholdPct;
    private BigDecimal deduction;
    private BigDecimal perEvent;
    private BigDecimal cap;
    private String steps;
    private Integer minSample;
    private SamplePolicy samplePolicy;
    private BigDecimal basicWeight;
    private EmptyPolicy whenEmpty = EmptyPolicy.FULL;

    public ItemRow() {
    }

    public ItemRow(ItemForm f) {
        code = f.code();
        title = f.title();
        kind = f.kind();
        indicator = f.indicator();
        scoring = f.scoring();
        points = f.points();
        floorPct = f.floorPct();
        fullPct = f.fullPct();
        thresholdPct = f.thresholdPct();
        deduction = f.deduction();
        perEvent = f.perEvent();
        cap = f.cap();
        steps = f.steps();
        minSample = f.minSample();
        samplePolicy = f.samplePolicy();
        basicWeight = f.basicWeight();
        whenEmpty = f.whenEmpty();
    }

    public ItemForm form() {
        return new ItemForm(blank(code), blank(title), kind, kind == ItemKind.INSPECTION ? null : blank(indicator), scoring, points, floorPct,
                fullPct, thresholdPct, deduction, perEvent, cap, blank(steps), minSample, minSample == null ? null : samplePolicy,
                basicWeight, whenEmpty);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public ItemKind getKind() { return kind; }
    public void setKind(ItemKind kind) { this.kind = kind; }
    public String getIndicator() { return indicator; }
    public void setIndicator(String indicator) { this.indicator = indicator; }
    public Scoring getScoring() { return scoring; }
    public void setScoring(Scoring scoring) { this.scoring = scoring; }
    public BigDecimal getPoints() { return points; }
    public void setPoints(BigDecimal points) { this.points = points; }
    public BigDecimal getFloorPct() { return floorPct; }
    public void setFloorPct(BigDecimal floorPct) { this.floorPct = floorPct; }
    public BigDecimal getFullPct() { return fullPct; }
    public void setFullPct(BigDecimal fullPct) { this.fullPct = fullPct; }
    public BigDecimal getThresholdPct() { return thresholdPct; }
    public void setThresholdPct(BigDecimal thresholdPct) { this.thresholdPct = thresholdPct; }
    public BigDecimal getDeduction() { return deduction; }
    public void setDeduction(BigDecimal deduction) { this.deduction = deduction; }
    public BigDecimal getPerEvent() { return perEvent; }
    public void setPerEvent(BigDecimal perEvent) { this.perEvent = perEvent; }
    public BigDecimal getCap() { return cap; }
    public void setCap(BigDecimal cap) { this.cap = cap; }
    public String getSteps() { return steps; }
    public void setSteps(String steps) { this.steps = steps; }
    public Integer getMinSample() { return minSample; }
    public void setMinSample(Integer minSample) { this.minSample = minSample; }
    public SamplePolicy getSamplePolicy() { return samplePolicy; }
    public void setSamplePolicy(SamplePolicy samplePolicy) { this.samplePolicy = samplePolicy; }
    public BigDecimal getBasicWeight() { return basicWeight; }
    public void setBasicWeight(BigDecimal basicWeight) { this.basicWeight = basicWeight; }
    public EmptyPolicy getWhenEmpty() { return whenEmpty; }
    public void setWhenEmpty(EmptyPolicy whenEmpty) { this.whenEmpty = whenEmpty; }
}
