# Shared by releng/scripts/benchmark-*: the product, the Liquibase 4.33 CLI's class path, a work
# folder, the PostgreSQL driver for Strata, a generated change log and a wall-clock timer.
# shellcheck shell=bash
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
[ -x "$PRODUCT_DIR/strata" ] || (cd "$STRATA_ROOT" && ./mvnw -B -q clean verify -DskipTests)
cp_file=$(mktemp)
(cd "$STRATA_ROOT/releng/benchmarks" && "$STRATA_ROOT/mvnw" -B -q dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null)
liquibase_cp=$(cat "$cp_file")
work=$(mktemp -d)
trap 'rm -rf "$work" "$cp_file"' EXIT
export STRATA_JAVA="$JAVA_HOME/bin/java"
# Strata finds the PostgreSQL driver in a jdbc_drivers folder, as a server install would.
mkdir -p "$work/drivers"
tr ':' '\n' <<<"$liquibase_cp" | grep '/postgresql-[0-9.]*\.jar$' | xargs -I{} cp {} "$work/drivers/"
export STRATA_DRIVERS="$work/drivers"

generate() { # dir n
  local dir=$1 n=$2
  mkdir -p "$dir/Change Log" "$dir/Deployment Plans"
  echo "name: bench" > "$dir/strata.yaml"
  {
    echo '<?xml version="1.0" encoding="UTF-8"?>'
    echo '<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">'
    for i in $(seq 1 "$n"); do
      if [ $((i % 2)) -eq 1 ]; then
        echo "  <changeSet id=\"$i\" author=\"bench\"><createTable tableName=\"T$i\"><column name=\"ID\" type=\"INT\"><constraints primaryKey=\"true\"/></column><column name=\"NAME\" type=\"VARCHAR(100)\"/></createTable></changeSet>"
      else
        echo "  <changeSet id=\"$i\" author=\"bench\"><addColumn tableName=\"T$((i - 1))\"><column name=\"EXTRA\" type=\"INT\"/></addColumn></changeSet>"
      fi
    done
    echo '</databaseChangeLog>'
  } > "$dir/Change Log/changelog.xml"
}

plan() { # dir type url user: one stage, BENCH
  cat > "$1/Deployment Plans/plan.yaml" <<PLAN
stages:
  - name: BENCH
    type: $2
    url: $3
    user: $4
PLAN
}

# Prints the wall time of a command in seconds; its output goes to $work/out, its errors to $work/err.
seconds() { local start end; start=$(date +%s.%N); "$@" >"$work/out" 2>"$work/err" || { cat "$work/err" >&2; return 1; }; end=$(date +%s.%N); awk -v a="$start" -v b="$end" 'BEGIN { print b - a }'; }

# The Liquibase 4.33 CLI on a project folder's change log: liquibase DIR URL USER PASSWORD COMMAND...
liquibase() {
  local dir=$1 url=$2 user=$3 password=$4
  shift 4
  "$JAVA_HOME/bin/java" -Dliquibase.analytics.enabled=false -cp "$liquibase_cp" \
    liquibase.integration.commandline.LiquibaseCommandLine --log-level=WARNING --show-banner=false \
    --url="$url" --username="$user" --password="$password" --search-path="$dir" \
    --changelog-file="Change Log/changelog.xml" "$@"
}

pg_admin() { # SQL...: runs statements on the database of STRATA_TEST_PG_URL
  local args=()
  for statement in "$@"; do args+=(-c "$statement"); done
  PGPASSWORD=$STRATA_TEST_PG_PASSWORD PGOPTIONS=--client-min-messages=warning psql -q -h 127.0.0.1 -U "$STRATA_TEST_PG_USER" \
    -d "${STRATA_TEST_PG_URL##*/}" "${args[@]}" >/dev/null
}

# Recreates the PostgreSQL database NAME on the server of STRATA_TEST_PG_URL.
fresh_pg_database() { pg_admin "DROP DATABASE IF EXISTS $1" "CREATE DATABASE $1"; }

