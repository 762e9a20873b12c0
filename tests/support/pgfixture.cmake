# A throwaway PostgreSQL cluster as a ctest fixture (see pg-cluster.sh).
# Include from tests/CMakeLists.txt, then register PostgreSQL tests with tailor_add_pg_test().
# A test that needs the cluster is not run when the cluster cannot start, and ctest fails.

set(TAILOR_PG_STATE_DIR ${CMAKE_BINARY_DIR}/pg-test)
set(TAILOR_PG_CLUSTER_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/pg-cluster.sh)

add_test(NAME pg_cluster_start
    COMMAND bash ${TAILOR_PG_CLUSTER_SCRIPT} start ${TAILOR_PG_STATE_DIR})
set_tests_properties(pg_cluster_start PROPERTIES FIXTURES_SETUP postgres TIMEOUT 180)

add_test(NAME pg_cluster_stop
    COMMAND bash ${TAILOR_PG_CLUSTER_SCRIPT} stop ${TAILOR_PG_STATE_DIR})
set_tests_properties(pg_cluster_stop PROPERTIES FIXTURES_CLEANUP postgres TIMEOUT 120)

# tailor_add_pg_test(NAME target): runs target against the cluster. The test reads the server's
# URL from the file named by TAILOR_TEST_PG_URL_FILE and creates its own databases in it.
function(tailor_add_pg_test NAME target)
    add_test(NAME ${NAME} COMMAND ${target})
    set_tests_properties(${NAME} PROPERTIES
        FIXTURES_REQUIRED postgres
        ENVIRONMENT "TAILOR_TEST_PG_URL_FILE=${TAILOR_PG_STATE_DIR}/url")
endfunction()
