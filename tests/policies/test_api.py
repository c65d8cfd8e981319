from tests.factories import TopicFactory, draft_policy, published_policy, translate


def api(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status
    return response.json()


def test_lists_published_policies_with_their_fields(client, policy_index):
    policy = published_policy(
        policy_index,
        title="Cap the rent",
        summary="Slow rises.",
        topics=[TopicFactory(name="Money", slug="money")],
    )
    data = api(client, "/api/v2/policies/")
    assert data["meta"]["total_count"] == 1
    [item] = data["items"]
    assert item["id"] == policy.pk
    assert item["title"] == "Cap the rent"
    assert item["summary"] == "Slow rises."
    assert item["topics"] == [{"name": "Money", "slug": "money"}]
    assert item["cosignature_count"] == 0
    assert item["meta"]["locale"] == "en"
    assert item["meta"]["type"] == "policies.PolicyPage"
    assert item["meta"]["html_url"] == f"http://testserver{policy.url}"


def test_detail_has_the_body(client, policy_index):
    policy = published_policy(policy_index)
    data = api(client, f"/api/v2/policies/{policy.pk}/")
    assert data["summary"] == policy.summary
    assert [block["type"] for block in data["body"]] == ["section", "section"]


def test_only_policies_never_other_pages(client, home, policy_index):
    published_policy(policy_index)
    assert api(client, f"/api/v2/policies/{home.pk}/", status=404) == {
        "message": "No PolicyPage matches the given query."
    }
    api(client, f"/api/v2/policies/{policy_index.pk}/", status=404)
    assert api(client, "/api/v2/policies/?type=home.HomePage")["items"] == []
    assert api(client, "/api/v2/policies/?type=wagtailcore.Page")["meta"]["total_count"] == 1


def test_filter_by_language(client, policy_index):
    english = published_policy(policy_index)
    polish = translate(english, "pl")
    assert {i["id"] for i in api(client, "/api/v2/policies/")["items"]} == {english.pk, polish.pk}
    assert [i["id"] for i in api(client, "/api/v2/policies/?locale=pl")["items"]] == [polish.pk]


def test_read_only(client, policy_index):
    policy = published_policy(policy_index)
    assert client.post("/api/v2/policies/", {"title": "x"}).status_code == 405
    assert client.delete(f"/api/v2/policies/{policy.pk}/").status_code == 405


def test_wagtails_general_pages_endpoint_is_not_exposed(client, policy_index):
    draft_policy(policy_index)
    assert client.get("/api/v2/pages/", follow=True).status_code == 404
