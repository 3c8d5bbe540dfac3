package org.qos.common.paging;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.qos.common.validation.QueryParams;

/**
 * The paging parameters of a list, documented once: a paged operation takes them as a {@code @BeanParam}
 * ({@code list(..., @BeanParam PageParams paging)}) and reads {@link #request()}; a malformed or out-of-range value
 * is a 400 naming it.
 */
public class PageParams {

    @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
    @QueryParam("page")
    String page;

    @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "100"))
    @QueryParam("size")
    String size;

    /** The page asked for: {@code page} from 0 (default 0), {@code size} 1 to 1000 (default 100). */
    public PageRequest request() {
        return QueryParams.page(page, size);
    }
}
