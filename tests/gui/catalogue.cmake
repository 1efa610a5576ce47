# Fails when a shipped catalogue is not complete: a tr() text without a translation (new since
# the last catalogue update, or only guessed by lupdate's heuristics), or a message the sources
# no longer have (vanished). Runs the build's own lupdate, with the build's options and source
# list (app/CMakeLists.txt), on a copy of each shipped .ts, then asks lrelease for its figures.
# The shipped files are never touched. Takes about two seconds.
#
#   cmake -DLUPDATE=... -DLRELEASE=... "-DOPTIONS=-no-obsolete;-I;<source root>" -DSOURCES_LIST=<one path a line>
#         "-DTS_FILES=a.ts;b.ts" -DWORK_DIR=<scratch folder> -P catalogue.cmake
foreach(var LUPDATE LRELEASE SOURCES_LIST TS_FILES WORK_DIR)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "catalogue.cmake needs -D${var}=...")
    endif()
endforeach()
file(MAKE_DIRECTORY "${WORK_DIR}")

set(failures "")
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    set(copy "${WORK_DIR}/${name}")
    file(REMOVE "${copy}")
    file(COPY_FILE "${ts}" "${copy}")

    # Vanished or obsolete entries the shipped file still carries.
    file(STRINGS "${ts}" kept REGEX "type=\"(vanished|obsolete)\"")
    list(LENGTH kept keptCount)
    if(keptCount GREATER 0)
        list(APPEND failures "${name}: ${keptCount} vanished/obsolete message(s) kept in the file")
    endif()

    execute_process(COMMAND "${LUPDATE}" ${OPTIONS} "@${SOURCES_LIST}" -ts "${copy}"
                    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name} (${rc}):\n${out}${err}")
    endif()
    set(report "${out}${err}")
    if(NOT report MATCHES "Found ([0-9]+) source text\\(s\\) \\(([0-9]+) new and ([0-9]+) already existing\\)")
        message(FATAL_ERROR "lupdate's report on ${name} was not understood:\n${report}")
    endif()
    set(total ${CMAKE_MATCH_1})
    set(new ${CMAKE_MATCH_2})
    set(removed 0)
    if(report MATCHES "Removed ([0-9]+) obsolete entr")
        set(removed ${CMAKE_MATCH_1})
    endif()
    if(new GREATER 0)
        list(APPEND failures "${name}: ${new} source text(s) in the sources are not in the catalogue (run `ninja update_translations` and translate them)")
    endif()
    if(removed GREATER 0)
        list(APPEND failures "${name}: ${removed} message(s) of the catalogue are gone from the sources (vanished; refresh the catalogue)")
    endif()

    execute_process(COMMAND "${LRELEASE}" "${copy}" -qm "${WORK_DIR}/${name}.qm"
                    OUTPUT_VARIABLE lout ERROR_VARIABLE lerr RESULT_VARIABLE lrc)
    set(lreport "${lout}${lerr}")
    if(NOT lrc EQUAL 0 OR NOT lreport MATCHES "\\(([0-9]+) finished and ([0-9]+) unfinished\\)")
        message(FATAL_ERROR "lrelease failed on ${name} (${lrc}):\n${lreport}")
    endif()
    set(finished ${CMAKE_MATCH_1})
    set(unfinished ${CMAKE_MATCH_2})
    set(ignored 0)
    if(lreport MATCHES "Ignored ([0-9]+) untranslated")
        set(ignored ${CMAKE_MATCH_1})
    endif()
    message(STATUS "${name}: ${total} source texts; lrelease: ${finished} finished, ${unfinished} unfinished, ${ignored} untranslated; lupdate: ${new} new, ${removed} vanished")
    if(unfinished GREATER 0 OR ignored GREATER 0)
        # Name the first few, so the failure says what to translate.
        file(READ "${copy}" text)
        string(REGEX MATCHALL "<name>[^<]*</name>|<source>[^<]*</source>[ \n]*(<comment>[^<]*</comment>[ \n]*)?<translation type=\"unfinished\"" hits "${text}")
        set(context "")
        set(listed "")
        set(n 0)
        foreach(hit IN LISTS hits)
            if(hit MATCHES "^<name>([^<]*)</name>$")
                set(context "${CMAKE_MATCH_1}")
            elseif(n LESS 10 AND hit MATCHES "^<source>([^<]*)</source>")
                string(APPEND listed "\n    ${context}: ${CMAKE_MATCH_1}")
                math(EXPR n "${n} + 1")
            endif()
        endforeach()
        list(APPEND failures "${name}: ${unfinished} unfinished and ${ignored} untranslated message(s), e.g.:${listed}")
    endif()
endforeach()

if(failures)
    list(JOIN failures "\n" text)
    message(FATAL_ERROR "Shipped catalogues are not complete:\n${text}")
endif()
message(STATUS "Every shipped catalogue is complete")
