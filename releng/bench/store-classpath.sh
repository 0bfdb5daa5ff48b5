# Sourced by the store's benchmark scripts (run from the repository's root): builds the store and its test bundle
# unless SKIP_BUILD=1, then sets CP to their compiled classes and the jars they use, at the target platform's versions.
if [ "${SKIP_BUILD:-}" != 1 ]; then
  ./mvnw -q -o verify -DskipTests -pl tests/org.casenotes.store.tests -am
fi

repo="${MAVEN_REPO:-$HOME/.m2/repository}"
target=releng/org.casenotes.target/org.casenotes.target
version_of() { grep -o "<artifactId>$1</artifactId><version>[^<]*" "$target" | head -1 | sed 's/.*<version>//'; }
jar() { echo "$repo/$1/$2/$3/$2-$3.jar"; }
CP="tests/org.casenotes.store.tests/target/classes:bundles/org.casenotes.store/target/classes"
CP="$CP:bundles/org.casenotes.model/target/classes"
CP="$CP:$(jar com/h2database h2 "$(version_of h2)")"
CP="$CP:$(jar org/eclipse/emf org.eclipse.emf.common "$(version_of org.eclipse.emf.common)")"
CP="$CP:$(jar org/eclipse/emf org.eclipse.emf.ecore "$(version_of org.eclipse.emf.ecore)")"
# Lucene: the store's note search (loaded only by a store that searches)
for module in core analysis-common queryparser highlighter queries memory sandbox facet; do
  CP="$CP:$(jar org/apache/lucene "lucene-$module" "$(version_of "lucene-$module")")"
done
