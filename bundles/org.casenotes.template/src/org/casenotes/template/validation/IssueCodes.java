package org.casenotes.template.validation;

/** Stable codes of the validation issues (tests, quick fixes and documentation refer to them). */
public final class IssueCodes {

    private static final String PREFIX = "org.casenotes.template.";

    public static final String DUPLICATE_ID = PREFIX + "duplicateId";
    public static final String CYCLIC_EXTENDS = PREFIX + "cyclicExtends";
    public static final String CYCLIC_INCLUDE = PREFIX + "cyclicInclude";
    public static final String CYCLIC_IMPORT = PREFIX + "cyclicImport";
    public static final String CYCLIC_CALCULATION = PREFIX + "cyclicCalculation";
    public static final String INCLUDE_NOT_SHARED = PREFIX + "includeNotShared";
    public static final String UNKNOWN_KIND = PREFIX + "unknownKind";
    public static final String INVALID_VERSION = PREFIX + "invalidVersion";
    public static final String TYPE_MISMATCH = PREFIX + "typeMismatch";
    public static final String NOT_A_CONDITION = PREFIX + "notACondition";
    public static final String INSTRUMENT_WITHOUT_MEMBER = PREFIX + "instrumentWithoutMember";
    public static final String EMPTY_RANGE = PREFIX + "emptyRange";
    public static final String OVERLAPPING_RANGES = PREFIX + "overlappingRanges";
    public static final String FACET_NOT_APPLICABLE = PREFIX + "facetNotApplicable";
    public static final String DUPLICATE_FACET = PREFIX + "duplicateFacet";
    public static final String INVALID_PATTERN = PREFIX + "invalidPattern";
    public static final String REMOVAL_BREAKS_REFERENCE = PREFIX + "removalBreaksReference";
    public static final String BODY_OUTSIDE_LETTER = PREFIX + "bodyOutsideLetter";
    public static final String LETTER_WITHOUT_BODY = PREFIX + "letterWithoutBody";
    public static final String UNKNOWN_MERGE_FIELD = PREFIX + "unknownMergeField";
    public static final String INVALID_RULE_SETTING = PREFIX + "invalidRuleSetting";
    public static final String MISSING_SIGNATURE = PREFIX + "missingSignature";

    private IssueCodes() {
    }
}
