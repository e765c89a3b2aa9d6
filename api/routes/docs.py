"""The OpenAPI documentation page, with Swagger UI's files served by this API, not a CDN."""

from fastapi import APIRouter
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse

router = APIRouter()

# Copied into the dashboard's build (api/static/dist/swagger-ui) from the swagger-ui-dist package.
_ASSETS = "/swagger-ui"


@router.get("/docs", include_in_schema=False)
async def swagger_ui() -> HTMLResponse:
    """Swagger UI over /openapi.json, loading nothing from another origin."""
    return get_swagger_ui_html(
        openapi_url="/openapi.json",
        title="newsgraph API",
        swagger_js_url=f"{_ASSETS}/swagger-ui-bundle.js",
        swagger_css_url=f"{_ASSETS}/swagger-ui.css",
        swagger_favicon_url=f"{_ASSETS}/favicon-32x32.png",
        # No validator badge: it would send the schema to validator.swagger.io.
        swagger_ui_parameters={"validatorUrl": None},
    )
