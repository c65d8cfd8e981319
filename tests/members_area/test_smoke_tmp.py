from policies.models import PolicyPage


def test_smoke(client, lead, policy_index):
    client.force_login(lead.user)
    r = client.get("/members/ideas/new/")
    assert r.status_code == 200, r.content
    data = {
        "title": "Fix damp",
        "summary": "Damp makes people ill.",
        "sections-TOTAL_FORMS": "1",
        "sections-INITIAL_FORMS": "0",
        "sections-0-heading": "What is wrong",
        "sections-0-text": "Mould <b>everywhere</b>\n\nSecond para",
        "action": "save",
    }
    r = client.post("/members/ideas/new/", data)
    assert r.status_code == 302, r.content.decode()[:3000]
    page = PolicyPage.objects.get(title="Fix damp")
    r = client.get(r["Location"])
    assert r.status_code == 200
    print(r.content.decode()[-4000:])
    r = client.get(f"/members/ideas/{page.pk}/edit/")
    assert r.status_code == 200
    r = client.get(f"/members/ideas/{page.pk}/history/")
    assert r.status_code == 200
