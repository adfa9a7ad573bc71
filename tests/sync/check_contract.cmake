# Compares controltower-server --print-routes with docs/api/openapi.yaml.
execute_process(COMMAND ${SERVER} --print-routes OUTPUT_FILE ${WORK_DIR}/routes.txt RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "controltower-server --print-routes failed: ${rc}")
endif()
execute_process(COMMAND ${PYTHON} ${SOURCE_DIR}/tools/check_openapi.py ${SOURCE_DIR}/docs/api/openapi.yaml
                        --routes ${WORK_DIR}/routes.txt
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "the API document and the server disagree:\n${out}${err}")
endif()
