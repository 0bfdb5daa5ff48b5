package org.casenotes.core.rules.language.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The irregular English verbs word lists use with {@code ~} (be~, have~, choose~, give~ ...), so
 * "was bipolar" matches {@code be~ bipolar} and "refused" can be rewritten as "chose not to".
 */
final class IrregularVerbs {

    /**
     * Forms of one verb; the first spelling of each form is the one suggestions use.
     *
     * @param base base forms (be also has am, are)
     * @param third third person singular
     * @param past simple past and past participle
     * @param gerund the -ing form
     */
    record Forms(List<String> base, String third, List<String> past, String gerund) {
    }

    private static final Map<String, Forms> VERBS = new HashMap<>();

    static {
        add("be", "is", "was were been", "being", "am are");
        add("have", "has", "had", "having", "");
        add("do", "does", "did done", "doing", "");
        add("say", "says", "said", "saying", "");
        add("choose", "chooses", "chose chosen", "choosing", "");
        add("give", "gives", "gave given", "giving", "");
        add("take", "takes", "took taken", "taking", "");
        add("get", "gets", "got gotten", "getting", "");
        add("feel", "feels", "felt", "feeling", "");
        add("tell", "tells", "told", "telling", "");
        add("keep", "keeps", "kept", "keeping", "");
        add("seek", "seeks", "sought", "seeking", "");
        add("go", "goes", "went gone", "going", "");
        add("come", "comes", "came", "coming", "");
        add("make", "makes", "made", "making", "");
        add("think", "thinks", "thought", "thinking", "");
        add("see", "sees", "saw seen", "seeing", "");
        add("know", "knows", "knew known", "knowing", "");
        add("find", "finds", "found", "finding", "");
        add("leave", "leaves", "left", "leaving", "");
        add("speak", "speaks", "spoke spoken", "speaking", "");
        add("sleep", "sleeps", "slept", "sleeping", "");
        add("eat", "eats", "ate eaten", "eating", "");
        add("drink", "drinks", "drank drunk", "drinking", "");
        add("shake", "shakes", "shook shaken", "shaking", "");
        add("throw", "throws", "threw thrown", "throwing", "");
        add("hit", "hits", "hit", "hitting", "");
        add("sit", "sits", "sat", "sitting", "");
        add("stand", "stands", "stood", "standing", "");
        add("fight", "fights", "fought", "fighting", "");
        add("break", "breaks", "broke broken", "breaking", "");
        add("begin", "begins", "began begun", "beginning", "");
        add("lie", "lies", "lied lay lain", "lying", "");
        add("steal", "steals", "stole stolen", "stealing", "");
        add("run", "runs", "ran", "running", "");
        add("hold", "holds", "held", "holding", "");
        add("quit", "quits", "quit", "quitting", "");
        add("show", "shows", "showed shown", "showing", "");
        add("understand", "understands", "understood", "understanding", "");
    }

    private IrregularVerbs() {
    }

    private static void add(String base, String third, String past, String gerund, String extraBase) {
        List<String> bases = new ArrayList<>(List.of(base));
        if (!extraBase.isEmpty()) {
            bases.addAll(List.of(extraBase.split(" ")));
        }
        VERBS.put(base, new Forms(List.copyOf(bases), third, List.of(past.split(" ")), gerund));
    }

    /** @return the forms of {@code base} if it is an irregular verb known here */
    static Forms of(String base) {
        return VERBS.get(base);
    }
}
